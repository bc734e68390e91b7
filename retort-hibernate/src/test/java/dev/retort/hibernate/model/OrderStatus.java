package dev.retort.hibernate.model;

public enum OrderStatus { NEW, PAID, SHIPPED }

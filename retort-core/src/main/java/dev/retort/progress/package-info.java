/**
 * Internal: how stages report progress to the façade. Not part of Retort's public API; may change in any release.
 */
package dev.retort.progress;

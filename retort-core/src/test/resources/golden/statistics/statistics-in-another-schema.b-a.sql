DROP STATISTICS stats.t_ab;

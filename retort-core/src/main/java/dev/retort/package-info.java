/**
 * Retort's public API: {@link dev.retort.Retort#configure()} gives a {@link dev.retort.RetortConfiguration};
 * {@code load()} gives an immutable {@link dev.retort.Retort} whose operations return typed results
 * ({@link dev.retort.RunResult}, {@link dev.retort.InfoResult}, {@link dev.retort.CheckResult}...) and report
 * {@link dev.retort.RetortEvent}s to {@link dev.retort.RetortListener}s. Errors are {@link dev.retort.RetortException}s.
 *
 * <p>The subpackages are the pipeline's stages and are internal, apart from the Java declarations of
 * {@code dev.retort.declared}.
 */
package dev.retort;

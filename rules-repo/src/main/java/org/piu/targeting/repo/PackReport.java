package org.piu.targeting.repo;

import java.time.Duration;

/**
 * What packing the repository did.
 *
 * @param looseBefore loose object files before (each save, transition and audit entry adds a few)
 * @param looseAfter  loose object files left (unreachable ones younger than the prune window)
 * @param packed      objects in pack files afterwards
 * @param packFiles   pack files afterwards
 */
public record PackReport(long looseBefore, long looseAfter, long packed, long packFiles, Duration took) {}

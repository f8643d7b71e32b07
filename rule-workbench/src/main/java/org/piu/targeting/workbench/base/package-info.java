/**
 * What every feature of the workbench shares, and which depends on none of them ({@code ArchitectureTest} keeps it
 * so): settings ({@code config}: PiuProperties, the clock, Elasticsearch), who may do what ({@code security}: Role,
 * Permissions), how errors answer an API client ({@code api}: ApiProblems, ProblemException, the request size limit)
 * and the shell and widgets of the user interface ({@code ui}: MainLayout, the one error handler, Toast, StatusBadge,
 * ReasonDialog, ProblemList, WorkbenchFormat).
 *
 * <p>The features ({@code rules}, {@code audit}, {@code assessment}, {@code archive}, {@code watchlist},
 * {@code security}, {@code catalog}, {@code health}) each keep their views in their own {@code ui} package; a new
 * view annotated with {@code @Menu} and {@code @RolesAllowed(Permissions.…)} appears in the navigation of those
 * allowed to open it.
 */
package org.piu.targeting.workbench.base;

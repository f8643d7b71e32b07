/**
 * Not API. The classes behind {@link org.piu.targeting.repo.RulesRepository}, one per concern (storage, writes,
 * reads, releases, audit, transfer, integrity), and the file formats they share. Classes are public only where the
 * facade, which lives in another package, calls them; {@code ArchitectureTest} checks that nothing else does.
 */
package org.piu.targeting.repo.internal;

/**
 * The facts rules reason about, derived once per flight from a manifest by
 * {@link org.piu.targeting.engine.facts.FactDeriver}: one flattened, typed
 * {@link org.piu.targeting.engine.facts.PassengerFacts} per person (API data, the derived facts of their booking,
 * the flight's cross-passenger patterns) and one {@link org.piu.targeting.engine.facts.WatchlistFacts} per watchlist
 * match. Every catalog field maps to one record component of these two ({@code FieldCatalogTest} checks it).
 *
 * <p>The fact records are public because the generated DRL imports them and Drools reads their components.
 */
package org.piu.targeting.engine.facts;

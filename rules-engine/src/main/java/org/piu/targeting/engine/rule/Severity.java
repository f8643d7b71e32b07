package org.piu.targeting.engine.rule;

/** How urgently a hit must be looked at; hits of a passenger are listed most severe first. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}

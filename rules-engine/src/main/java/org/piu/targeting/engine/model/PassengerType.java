package org.piu.targeting.engine.model;

public enum PassengerType {
    PASSENGER,
    CREW
}

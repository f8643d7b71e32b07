package org.piu.targeting.model;

public enum PassengerType {
    PASSENGER,
    CREW
}

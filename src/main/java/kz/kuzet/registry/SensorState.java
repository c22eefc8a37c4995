package kz.kuzet.registry;

public enum SensorState {
    PLANNED, DEPLOYED, VERIFIED, IN_SERVICE, DEGRADED, RETIRED
}

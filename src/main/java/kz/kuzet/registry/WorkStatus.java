package kz.kuzet.registry;

public enum WorkStatus {
    PLANNED, IN_PROGRESS, DONE, CANCELLED
}

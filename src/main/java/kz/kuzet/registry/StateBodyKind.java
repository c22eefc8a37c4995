package kz.kuzet.registry;

public enum StateBodyKind {
    MINISTRY, AGENCY, COMMITTEE, AKIMAT, SERVICE, OTHER
}

package kz.kuzet.incident;

/** .j: who decides to send an STS employee to the object's site. */
public enum DispatchDecider {
    KNB, STS
}

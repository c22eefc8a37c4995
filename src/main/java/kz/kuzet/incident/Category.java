package kz.kuzet.incident;

/** KZ-CERT incident categories. */
public enum Category {
    DOS_DDOS,
    UNAUTHORISED_ACCESS,
    MALWARE_SPAM,
    SCANNING,
    PASSWORD_ATTACK,
    PROTECTION_COMPROMISE,
    PHISHING,
    BOTNET,
    UNAVAILABILITY,
    OTHER
}

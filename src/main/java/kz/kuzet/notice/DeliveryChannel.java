package kz.kuzet.notice;

public enum DeliveryChannel {
    EMAIL, BY_HAND, E_DOCUMENT
}

package kz.kuzet.registry;

public enum SensorKind {
    NGFW, IDS_IPS, EDR_AV, WAF, DLP, LOG_COLLECTOR
}

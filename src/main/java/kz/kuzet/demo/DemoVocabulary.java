package kz.kuzet.demo;

import java.util.List;

/** Plausible departments, people, operating systems and signatures for the demo world. */
final class DemoVocabulary {
    private DemoVocabulary() {
    }

    static final List<String> DEPARTMENTS = List.of(
            "Цифрландыру департаменті", "Қаржы департаменті", "Кадр қызметі", "Заң департаменті",
            "Құжаттамалық қамтамасыз ету басқармасы", "Ақпараттық қауіпсіздік басқармасы",
            "Стратегиялық жоспарлау департаменті", "Мемлекеттік сатып алу басқармасы",
            "Департамент цифровизации", "Департамент бюджетного планирования", "Управление делами",
            "Юридический департамент", "Отдел информационной безопасности", "Ситуационный центр");

    static final List<String> SURNAMES = List.of(
            "Ахметов", "Сейткали", "Жұмабаев", "Нұрланов", "Омарова", "Қасымов", "Тоқтаров", "Әбдірахманова",
            "Ибраев", "Серікбаев", "Бекова", "Мұратов", "Есенова", "Ким", "Петров", "Исмаилова", "Жақсыбеков",
            "Оспанов", "Сұлтанова", "Байтұрсынов", "Иванова", "Мамытов", "Құдайбергенов", "Әлиева");

    static final List<String> GIVEN_NAMES = List.of(
            "Айгерім", "Ерлан", "Дәурен", "Гүлнар", "Нұрсұлтан", "Әсел", "Бауыржан", "Жанар", "Қанат", "Мадина",
            "Сергей", "Айдана", "Ержан", "Ләззат", "Тимур", "Динара", "Асқар", "Өмірзақ", "Інжу", "Ұлан");

    static final List<String> WORKSTATION_OS = List.of(
            "Windows 10 Pro 22H2", "Windows 11 Pro 23H2", "Windows 11 Pro 24H2", "Windows 10 Pro 22H2",
            "Astra Linux SE 1.7", "Windows 7 SP1", "Windows 11 Pro 23H2", "Alt Linux 10");

    static final List<String> SERVER_OS = List.of(
            "Windows Server 2019", "Windows Server 2022", "Ubuntu 22.04 LTS", "Red Hat Enterprise Linux 8",
            "CentOS 7", "Windows Server 2012 R2", "Astra Linux SE 1.7", "Debian 12");

    static final List<String> SERVER_ROLES = List.of("dc", "mail", "web", "db", "file", "app", "edo", "backup");

    record Signature(String format, String product, String id, String name, int severity, String category,
            String mitre) {
    }

    /** severity 0..3 on the common scale; category by KZ-CERT. */
    static final List<Signature> SIGNATURES = List.of(
            new Signature("suricata", "Suricata", "2024217", "ET POLICY Possible Kali Linux hostname in DHCP Request",
                    1, "SCANNING", null),
            new Signature("suricata", "Suricata", "2001219", "ET SCAN Potential SSH Scan", 1, "SCANNING", "T1046"),
            new Signature("suricata", "Suricata", "2027865", "ET INFO Observed DNS Query to .cloud TLD", 0, "OTHER",
                    null),
            new Signature("suricata", "Suricata", "2030358", "ET TROJAN Cobalt Strike Beacon Observed", 3,
                    "MALWARE_SPAM", "T1071.001"),
            new Signature("wazuh", "Wazuh", "5712", "sshd: brute force trying to get access to the system", 2,
                    "PASSWORD_ATTACK", "T1110"),
            new Signature("wazuh", "Wazuh", "60204", "Multiple Windows logon failures", 2, "PASSWORD_ATTACK",
                    "T1110"),
            new Signature("wazuh", "Wazuh", "92052", "Windows command prompt started by an abnormal process", 2,
                    "UNAUTHORISED_ACCESS", "T1059.003"),
            new Signature("wazuh", "Wazuh", "554", "File added to the system", 0, "OTHER", null),
            new Signature("cef", "Check Point NGFW", "IPS-0422", "Apache Log4j Remote Code Execution (CVE-2021-44228)",
                    3, "UNAUTHORISED_ACCESS", "T1190"),
            new Signature("cef", "Fortinet FortiGate", "13056", "SMB.Login.Brute.Force", 2, "PASSWORD_ATTACK",
                    "T1110"),
            new Signature("cef", "Kaspersky Security Center", "GNRL_EV_VIRUS_FOUND",
                    "Malicious object detected: Trojan.Win32.Agent", 2, "MALWARE_SPAM", "T1204"),
            new Signature("leef", "IBM QRadar", "DDOS-SYN", "SYN flood towards public web portal", 3, "DOS_DDOS",
                    "T1498"),
            new Signature("windows", "Microsoft-Windows-Security-Auditing", "4625", "An account failed to log on",
                    1, "PASSWORD_ATTACK", "T1110"),
            new Signature("windows", "Microsoft-Windows-Security-Auditing", "4720", "A user account was created", 1,
                    "UNAUTHORISED_ACCESS", "T1136"),
            new Signature("windows", "Microsoft-Windows-Security-Auditing", "1102", "The audit log was cleared", 3,
                    "PROTECTION_COMPROMISE", "T1070.001"),
            new Signature("ecs", "Elastic Defend", "phishing-url", "User clicked a known phishing URL", 2, "PHISHING",
                    "T1566.002"),
            new Signature("syslog", "Cisco ASA", "ASA-4-106023", "Deny tcp by access-group outside_in", 0, "SCANNING",
                    null),
            new Signature("syslog", "PT Application Firewall", "PTAF-SQLI", "SQL injection attempt on web portal", 2,
                    "UNAUTHORISED_ACCESS", "T1190"));
}

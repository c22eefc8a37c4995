package kz.kuzet.security;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import kz.kuzet.text.Explained;

/**
 * An actor tried something their role or state body does not allow; the message says what and why, in English
 * for the audit trail and the command line, and in the reader's language through {@link #message(Locale)}.
 */
public class AccessDeniedException extends RuntimeException implements Explained {

    /** Why it was refused. */
    public enum Refusal {
        /** The role does not include the permission. */
        ROLE,
        /** A coordinator acting on another state body's data. */
        OTHER_BODY,
        /** A coordinator asking for something that covers every state body. */
        ALL_BODIES
    }

    private final String actor;
    private final Role role;
    private final String actorBodyCode;
    private final Permission permission;
    private final Refusal refusal;
    private final String targetBodyCode;

    public AccessDeniedException(Actor actor, Permission permission, String message) {
        this(actor, permission, Refusal.ROLE, null, message);
    }

    AccessDeniedException(Actor actor, Permission permission, Refusal refusal, String targetBodyCode,
            String message) {
        super(message);
        this.actor = actor.name();
        this.role = actor.role();
        this.actorBodyCode = actor.stateBodyCode();
        this.permission = permission;
        this.refusal = refusal;
        this.targetBodyCode = targetBodyCode;
    }

    public String actor() {
        return actor;
    }

    public Permission permission() {
        return permission;
    }

    public Refusal refusal() {
        return refusal;
    }

    @Override
    public String message(Locale locale) {
        ResourceBundle words = ResourceBundle.getBundle("kz.kuzet.i18n.security", locale);
        String who = actorBodyCode == null
                ? MessageFormat.format(words.getString("denied.who"), actor, words.getString("role." + role.id()))
                : MessageFormat.format(words.getString("denied.who.scoped"), actor,
                        words.getString("role." + role.id()), actorBodyCode);
        String action = words.getString("permission." + permission.id());
        return new MessageFormat(words.getString("denied." + refusal.name().toLowerCase(Locale.ROOT)), locale)
                .format(new Object[] {who, action, words.getString("role." + role.id()), targetBodyCode,
                        actorBodyCode});
    }
}

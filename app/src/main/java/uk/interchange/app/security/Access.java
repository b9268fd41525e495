package uk.interchange.app.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The access rule of an endpoint. Every controller method carries one (on the method or its class); a request to a
 * method without one is refused, and {@code AccessRulesTest} fails the build when one is missing.
 *
 * <p>A request with a method that may change things (POST, PUT, PATCH, DELETE) is a change unless the endpoint says
 * {@code changes = false}; a change needs a role that changes things under the rule, so an account whose roles only
 * read (an auditor) is refused it whatever the controller does.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Access {
    Rule value();

    /**
     * False only for a POST that stores nothing but the audit trail's entry and the person's own session: a search,
     * or the reason given before reading. Such a request is a read, allowed to everyone the rule lets in.
     */
    boolean changes() default true;

    /** Who may call an endpoint. */
    enum Rule {
        /** Anyone, signed in or not: public pages, feeds and the sign-in page. */
        PUBLIC,
        /** Anyone signed in, whatever their roles: their own account. */
        SIGNED_IN,
        /** A signed-in works planner; which works they may change is checked against their authority. */
        PLANNER,
        /**
         * A signed-in person of a partnership organisation, in any partnership role; what they may read is then
         * decided record by record by the sharing rule.
         */
        PARTNERSHIP,
        /** A signed-in administrator: organisations and accounts. */
        ADMIN
    }
}

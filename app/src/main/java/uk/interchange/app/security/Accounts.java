package uk.interchange.app.security;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.interchange.app.audit.AuditAction;
import uk.interchange.app.audit.AuditLog;
import uk.interchange.app.audit.AuditRecord;
import uk.interchange.partnership.sharing.Organisation;
import uk.interchange.partnership.sharing.OrganisationType;
import uk.interchange.partnership.sharing.Role;
import uk.interchange.partnership.sharing.Viewer;

/**
 * The accounts people sign in with, kept in {@code security.account} with hashed passwords. Guessing is throttled
 * before a password is checked, by name and address ({@link SignInLimiter}), not by locking the account here.
 */
@Service
public class Accounts implements UserDetailsService {
    static final int MIN_PASSWORD = 12;
    // bcrypt reads only the first 72 bytes; a longer password would quietly be cut
    static final int MAX_PASSWORD = 72;
    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    public Accounts(JdbcTemplate jdbc, PasswordEncoder encoder, AuditLog audit) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc
                .query(
                        "select username, password_hash, roles, enabled from security.account where username = ?",
                        (rs, i) -> User.withUsername(rs.getString(1))
                                .password(rs.getString(2))
                                .authorities(List.of((String[]) rs.getArray(3).getArray()).stream()
                                        .map(r -> new SimpleGrantedAuthority("ROLE_" + r))
                                        .toList())
                                .disabled(!rs.getBoolean(4))
                                .build(),
                        username)
                .stream()
                .findFirst()
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    /** Adds or replaces an account; the password is stored only as its hash. */
    public void save(String username, String password, String displayName, String authorityId, List<String> roles) {
        upsert(username, password, displayName, authorityId, null, roles);
    }

    /** One statement, so an account is never stored without the organisation or authority it belongs to. */
    private void upsert(
            String username,
            String password,
            String displayName,
            String authorityId,
            String organisationId,
            List<String> roles) {
        jdbc.update(
                "insert into security.account (username, password_hash, display_name, authority_id, organisation_id,"
                        + " roles) values (?,?,?,?,?,?) on conflict (username) do update set"
                        + " password_hash = excluded.password_hash, display_name = excluded.display_name,"
                        + " authority_id = excluded.authority_id, organisation_id = excluded.organisation_id,"
                        + " roles = excluded.roles, session_version = security.account.session_version + 1",
                ps -> {
                    ps.setString(1, username);
                    ps.setString(2, encoder.encode(password));
                    ps.setString(3, displayName);
                    ps.setString(4, authorityId);
                    ps.setString(5, organisationId);
                    ps.setArray(6, ps.getConnection().createArrayOf("text", roles.toArray()));
                });
    }

    /** Why a new password will not do, if it will not: long enough to resist guessing, not a name. */
    public static Optional<String> passwordProblem(String password) {
        if (password.length() < MIN_PASSWORD) {
            return Optional.of("must be at least " + MIN_PASSWORD + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD) {
            return Optional.of(
                    "must be at most " + MAX_PASSWORD + " bytes (letters outside English count as two or more)");
        }
        if (password.isBlank()) {
            return Optional.of("must not be only spaces");
        }
        return Optional.empty();
    }

    /** Whether the password is this account's. */
    public boolean passwordMatches(String username, String password) {
        return jdbc
                .query(
                        "select password_hash from security.account where username = ?",
                        (rs, i) -> encoder.matches(password, rs.getString(1)),
                        username)
                .stream()
                .findFirst()
                .orElse(false);
    }

    /** Replaces an account's password (stored only as its hash), which ends the account's sessions. */
    public void changePassword(String username, String password) {
        jdbc.update(
                "update security.account set password_hash = ?, session_version = session_version + 1"
                        + " where username = ?",
                encoder.encode(password),
                username);
    }

    /** The person's own change of their password, written to the audit trail with it. */
    @Transactional
    public void changeOwnPassword(String username, String password) {
        changePassword(username, password);
        String organisation = account(username).flatMap(Account::organisation).orElse("installation");
        audit.append(new AuditRecord(
                username,
                organisation,
                AuditAction.CHANGE,
                "account",
                username,
                "changed their own password",
                Optional.empty(),
                Optional.empty()));
    }

    /** The highway authority a planner works for. */
    public Optional<String> authorityOf(String username) {
        return jdbc
                .query(
                        "select authority_id from security.account where username = ?",
                        (rs, i) -> Optional.ofNullable(rs.getString(1)),
                        username)
                .stream()
                .findFirst()
                .flatMap(o -> o);
    }

    /** The highway authority a signed-in planner works for; refused when the account has none. */
    public String authorityOf(Principal who) {
        return authorityOf(who.getName())
                .orElseThrow(() -> new AccessDeniedException("this account belongs to no highway authority"));
    }

    /** Adds a partnership account: a person of an organisation with their roles there. */
    public void savePartner(
            String username, String password, String displayName, String organisationId, List<Role> roles) {
        upsert(
                username,
                password,
                displayName,
                null,
                organisationId,
                roles.stream().map(Role::name).toList());
    }

    /** The signed-in person as the sharing rule sees them; refused when the account belongs to no organisation. */
    public Viewer viewerOf(Principal who) {
        return jdbc
                .query(
                        "select o.id, o.name, o.type, a.roles from security.account a"
                                + " join partnership.organisation o on o.id = a.organisation_id where a.username = ?",
                        (rs, i) -> new Viewer(
                                who.getName(),
                                new Organisation(
                                        rs.getString(1),
                                        rs.getString(2),
                                        OrganisationType.valueOf(rs.getString(3)
                                                .toUpperCase(Locale.ROOT)
                                                .replace('-', '_'))),
                                roles((String[]) rs.getArray(4).getArray())),
                        who.getName())
                .stream()
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("this account belongs to no partnership organisation"));
    }

    private static Set<Role> roles(String[] names) {
        Set<Role> out = EnumSet.noneOf(Role.class);
        for (String n : names) {
            for (Role r : Role.values()) {
                if (r.name().equals(n)) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    /** Whether any account holds the role. */
    public boolean anyWithRole(String role) {
        Integer n =
                jdbc.queryForObject("select count(*) from security.account where ? = any(roles)", Integer.class, role);
        return n != null && n > 0;
    }

    /** One account as its holder sees it: display name, the organisation or authority it belongs to, roles. */
    public Map<String, Object> describe(String username) {
        return jdbc
                .queryForList(
                        "select a.display_name, coalesce(o.name, a.authority_id, '') as belongs,"
                                + " array_to_string(a.roles, ', ') as roles from security.account a"
                                + " left join partnership.organisation o on o.id = a.organisation_id"
                                + " where a.username = ?",
                        username)
                .stream()
                .findFirst()
                .orElse(Map.of());
    }

    /** An account as an administrator sees and changes it (never its password). */
    public record Account(
            String username,
            String displayName,
            Optional<String> organisation,
            Optional<String> authority,
            List<String> roles,
            boolean enabled) {}

    /** The account by its name, if there is one. */
    public Optional<Account> account(String username) {
        return jdbc
                .query(
                        "select username, display_name, organisation_id, authority_id, roles, enabled"
                                + " from security.account where username = ?",
                        (rs, i) -> new Account(
                                rs.getString(1),
                                rs.getString(2),
                                Optional.ofNullable(rs.getString(3)),
                                Optional.ofNullable(rs.getString(4)),
                                List.of((String[]) rs.getArray(5).getArray()),
                                rs.getBoolean(6)),
                        username)
                .stream()
                .findFirst();
    }

    /**
     * Changes who an account is, the organisation it belongs to, its roles and whether it may sign in. A change of
     * organisation, roles or enabled ends the account's sessions ({@link AccountSessions}): a session keeps the rights
     * it signed in with, so it must not outlive them. A change of the name alone does not.
     */
    public void change(Account changed) {
        jdbc.update(
                "update security.account set session_version = session_version + case when"
                        + " organisation_id is distinct from ? or roles is distinct from ? or enabled is distinct from ?"
                        + " then 1 else 0 end, display_name = ?, organisation_id = ?, roles = ?, enabled = ?"
                        + " where username = ?",
                ps -> {
                    var roles = ps.getConnection()
                            .createArrayOf("text", changed.roles().toArray());
                    ps.setString(1, changed.organisation().orElse(null));
                    ps.setArray(2, roles);
                    ps.setBoolean(3, changed.enabled());
                    ps.setString(4, changed.displayName());
                    ps.setString(5, changed.organisation().orElse(null));
                    ps.setArray(6, roles);
                    ps.setBoolean(7, changed.enabled());
                    ps.setString(8, changed.username());
                });
    }

    /** Whether the name is taken. */
    public boolean exists(String username) {
        Integer n = jdbc.queryForObject(
                "select count(*) from security.account where username = ?", Integer.class, username);
        return n != null && n > 0;
    }

    /** Every account, for the administrator: name, display name, organisation, roles. */
    public List<Map<String, Object>> all() {
        return jdbc.queryForList(
                "select username, display_name, coalesce(organisation_id, authority_id, '') as belongs,"
                        + " array_to_string(roles, ', ') as roles from security.account order by username");
    }

    public boolean exists() {
        Integer n = jdbc.queryForObject("select count(*) from security.account", Integer.class);
        return n != null && n > 0;
    }
}

package uk.interchange.partnership.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.interchange.partnership.model.Grading.Handling;

/**
 * Every role in every kind of organisation against every way a record can be shared, under both handling codes:
 * each cell is checked against the rule as the partnership agreement states it, written here as a table.
 */
class SharingMatrixTest {
    enum Setting {
        OWNED_BY_VIEWERS_ORGANISATION,
        SHARED_WITH_IT_BY_NAME,
        SHARED_WITH_A_GROUP_IT_IS_IN,
        SHARED_BY_NAME_AND_GROUP,
        SHARED_WITH_A_GROUP_IT_IS_NOT_IN,
        NOT_SHARED
    }

    static final String OWNER = "thames-valley-police";
    static final SharingGroup PARTNERSHIP =
            new SharingGroup("tv-soc", "Thames Valley SOC partnership", Set.of("viewer-org", OWNER));
    static final SharingGroup OTHER = new SharingGroup("other", "Another partnership", Set.of("elsewhere"));
    static final SharingPolicy POLICY = new SharingPolicy(Map.of("tv-soc", PARTNERSHIP, "other", OTHER));

    static Sharing sharing(Setting s, Handling h) {
        return switch (s) {
            case OWNED_BY_VIEWERS_ORGANISATION -> Sharing.ownerOnly("viewer-org", h);
            case SHARED_WITH_IT_BY_NAME -> new Sharing(OWNER, Set.of("viewer-org"), Set.of(), h);
            case SHARED_WITH_A_GROUP_IT_IS_IN -> new Sharing(OWNER, Set.of(), Set.of("tv-soc"), h);
            case SHARED_BY_NAME_AND_GROUP -> new Sharing(OWNER, Set.of("viewer-org"), Set.of("tv-soc"), h);
            case SHARED_WITH_A_GROUP_IT_IS_NOT_IN -> new Sharing(OWNER, Set.of("elsewhere"), Set.of("other"), h);
            case NOT_SHARED -> Sharing.ownerOnly(OWNER, h);
        };
    }

    /** The agreement's rule, cell by cell. */
    static boolean expected(Role role, Setting s, Handling h) {
        boolean needToKnow =
                switch (role) {
                    case ANALYST, INTELLIGENCE_OFFICER, COORDINATOR -> true;
                    case PROCUREMENT_OFFICER, AUDITOR, ADMINISTRATOR -> false;
                };
        boolean reaches =
                switch (s) {
                    case OWNED_BY_VIEWERS_ORGANISATION, SHARED_WITH_IT_BY_NAME, SHARED_BY_NAME_AND_GROUP -> true;
                    case SHARED_WITH_A_GROUP_IT_IS_IN -> h == Handling.P;
                    case SHARED_WITH_A_GROUP_IT_IS_NOT_IN, NOT_SHARED -> false;
                };
        return needToKnow && reaches;
    }

    @Test
    void everyCellOfTheMatrix() {
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (OrganisationType type : OrganisationType.values()) {
            Organisation org = new Organisation("viewer-org", "The viewer's organisation", type);
            for (Role role : Role.values()) {
                Viewer v = new Viewer("someone", org, Set.of(role));
                for (Setting s : Setting.values()) {
                    for (Handling h : Handling.values()) {
                        Decision d = POLICY.decide(v, sharing(s, h));
                        cells++;
                        if (d.allowed() != expected(role, s, h)) {
                            wrong.add(type + " " + role + " " + s + " " + h + ": " + d);
                        }
                        assertThat(d.reason()).isNotBlank();
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(cells).isEqualTo(4 * 6 * 6 * 2);
    }

    @Test
    void aPersonWithTwoRolesReadsByTheOneWithANeedToKnow() {
        Organisation council =
                new Organisation("viewer-org", "Reading Borough Council", OrganisationType.LOCAL_AUTHORITY);
        Viewer both = new Viewer("sam", council, Set.of(Role.PROCUREMENT_OFFICER, Role.COORDINATOR));
        assertThat(POLICY.decide(both, sharing(Setting.SHARED_WITH_IT_BY_NAME, Handling.C))
                        .allowed())
                .isTrue();
        Viewer buyer = new Viewer("pat", council, Set.of(Role.PROCUREMENT_OFFICER));
        assertThat(POLICY.decide(buyer, sharing(Setting.OWNED_BY_VIEWERS_ORGANISATION, Handling.P))
                        .allowed())
                .isFalse();
    }

    @Test
    void aRefusalUnderCodeCSaysWhy() {
        Organisation hmrc = new Organisation("viewer-org", "HMRC", OrganisationType.PARTNER_AGENCY);
        Decision d = POLICY.decide(
                new Viewer("alex", hmrc, Set.of(Role.ANALYST)),
                sharing(Setting.SHARED_WITH_A_GROUP_IT_IS_IN, Handling.C));
        assertThat(d.allowed()).isFalse();
        assertThat(d.reason()).contains("handling code C").contains("Thames Valley SOC partnership");
    }
}

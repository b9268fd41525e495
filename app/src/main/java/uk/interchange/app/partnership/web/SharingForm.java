package uk.interchange.app.partnership.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.ui.Model;
import uk.interchange.app.partnership.store.Organisations;
import uk.interchange.app.web.FieldProblem;
import uk.interchange.partnership.model.Grading.Handling;
import uk.interchange.partnership.sharing.Sharing;
import uk.interchange.partnership.sharing.Viewer;

/**
 * The "who else may read it" part of a form: organisations by name, the sharing groups the owner is in, and the
 * handling code. Its fields are {@code shareWith} (repeated), {@code shareGroups} ("yes") and {@code handling}.
 */
final class SharingForm {
    private SharingForm() {}

    /** The sharing the fields ask for; unknown organisations and handling codes are added to the problems. */
    static Sharing read(
            Viewer v,
            List<String> shareWith,
            String shareGroups,
            String handling,
            Organisations organisations,
            List<FieldProblem> problems) {
        String owner = v.organisation().id();
        Set<String> named = new TreeSet<>(shareWith == null ? List.of() : shareWith);
        named.remove(owner);
        for (String org : named) {
            if (!organisations.exists(org)) {
                problems.add(new FieldProblem("shareWith", "\"" + org + "\" is not a partnership organisation"));
            }
        }
        Handling code = Handling.P;
        if ("C".equals(handling)) {
            code = Handling.C;
        } else if (!"P".equals(handling)) {
            problems.add(new FieldProblem("handling", "must be P or C"));
        }
        Set<String> groups = "yes".equals(shareGroups) ? organisations.groupsOf(owner) : Set.of();
        return new Sharing(owner, named, groups, code);
    }

    /** What the form's sharing part shows: the choices, and what is chosen now. */
    static void show(Viewer v, Sharing chosen, Organisations organisations, Model model) {
        String owner = v.organisation().id();
        model.addAttribute(
                "otherOrganisations",
                organisations.names().entrySet().stream()
                        .filter(e -> !e.getKey().equals(owner))
                        .sorted(Map.Entry.comparingByValue())
                        .toList());
        model.addAttribute("ownGroups", new TreeSet<>(organisations.groupsOf(owner)));
        model.addAttribute("sharing", chosen);
    }
}

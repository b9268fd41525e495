package uk.interchange.app.partnership.web;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.ui.Model;
import uk.interchange.app.web.FieldProblem;
import uk.interchange.app.web.NotFound;
import uk.interchange.partnership.sharing.Viewer;

/**
 * The reason asked for before another organisation's record is opened: the one given for the current enquiry, or
 * one asked for on the spot. It is asked before anything is looked up, so that the question itself says nothing
 * about whether the record exists.
 */
final class ReasonGate {
    static final String FORM = "partnership/reason";

    private ReasonGate() {}

    /** The enquiry to log the view with; empty when the reason form must come first. */
    static Optional<Enquiry> enquiry(HttpSession session, Viewer v, String owner, String ownWork) {
        Enquiry e = (Enquiry) session.getAttribute(Enquiry.SESSION_KEY);
        if (e != null) {
            return Optional.of(e);
        }
        return owner.equals(v.organisation().id()) ? Optional.of(new Enquiry(ownWork, "")) : Optional.empty();
    }

    static String ask(Model model) {
        model.addAttribute("problems", List.of());
        return FORM;
    }

    /** Keeps a good reason for the enquiry and goes on to {@code then}; asks again when there is none. */
    static String take(String reason, String caseReference, HttpSession session, Model model, String then) {
        if (reason.strip().length() < 5) {
            model.addAttribute(
                    "problems",
                    List.of(new FieldProblem(
                            "reason", "is needed: say why you are opening this record (it is recorded)")));
            return FORM;
        }
        session.setAttribute(Enquiry.SESSION_KEY, new Enquiry(reason.strip(), caseReference.strip()));
        return "redirect:" + then;
    }

    /** A record's id from its address; one that is not an id is a record that does not exist. */
    static UUID id(String id) {
        return NotFound.id(id, "such record");
    }
}

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

    /**
     * A list of records of several organisations (the ranked groups, the assessments) and what its reason form says.
     * Its reason is its own: one given for a search or another list is offered, never taken as given.
     */
    record Listing(String key, String question, String explanation, String button) {}

    static final Listing GROUPS = new Listing(
            "groups",
            "Why are you looking at the crime groups?",
            "The list holds groups of other organisations. Your reason is recorded with your look-up.",
            "Show the groups");
    static final Listing ASSESSMENTS = new Listing(
            "assessments",
            "Why are you looking at the ranked assessments?",
            "The ranking holds groups of other organisations. Your reason is recorded with your look-up.",
            "Show the ranking");

    /** The enquiry for the list, if its reason was given for this list. */
    static Optional<Enquiry> forList(HttpSession session, Listing list) {
        Enquiry e = (Enquiry) session.getAttribute(Enquiry.SESSION_KEY);
        return e != null && e.purpose().equals(list.key()) ? Optional.of(e) : Optional.empty();
    }

    /** Asks why the list is wanted, offering the reason of the enquiry before, if any, to confirm or change. */
    static String ask(Model model, HttpSession session, Listing list) {
        Enquiry before = (Enquiry) session.getAttribute(Enquiry.SESSION_KEY);
        if (before != null) {
            model.addAttribute("offeredReason", before.reason());
            model.addAttribute("offeredCase", before.caseReference());
        }
        words(model, list);
        return ask(model);
    }

    /** Keeps a good reason for the list and shows it; asks again when there is none. */
    static String take(
            String reason, String caseReference, HttpSession session, Model model, String then, Listing list) {
        words(model, list);
        String next = take(reason, caseReference, session, model, then);
        if (!next.equals(FORM)) {
            session.setAttribute(Enquiry.SESSION_KEY, new Enquiry(reason.strip(), caseReference.strip(), list.key()));
        }
        return next;
    }

    /** The form's question, its explanation and its button, as plain strings for the template. */
    private static void words(Model model, Listing list) {
        model.addAttribute("question", list.question());
        model.addAttribute("explanation", list.explanation());
        model.addAttribute("button", list.button());
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

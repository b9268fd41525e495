package uk.interchange.app.partnership.response;

import java.util.List;
import org.springframework.stereotype.Service;
import uk.interchange.app.partnership.store.LinkStore;
import uk.interchange.partnership.response.actions.Action;
import uk.interchange.partnership.response.orders.ManagedOrder;
import uk.interchange.partnership.response.orders.Scpo;
import uk.interchange.partnership.sharing.Viewer;

/**
 * The alerts the records raise against an order's conditions, worked out when they are looked at, from the links
 * the managing officer may read: so a phone linked to the subject this morning alerts this morning.
 */
@Service
public class ScpoAlerts {
    private final ScpoStore store;
    private final LinkStore links;

    public ScpoAlerts(ScpoStore store, LinkStore links) {
        this.store = store;
        this.links = links;
    }

    /** The records linked to the order's subject, as the alert check reads them. */
    public List<Scpo.Linked> linked(Viewer v, ManagedOrder s) {
        return links.of(v, s.subjectOwner(), s.subjectId()).stream()
                .map(l -> new Scpo.Linked(
                        l.other().kind(),
                        l.other().owner() + "/" + l.other().id(),
                        l.other().label(),
                        l.words()))
                .toList();
    }

    public List<Scpo.Alert> of(Viewer v, ManagedOrder s) {
        return Scpo.alerts(store.conditions(v.organisation().id(), s.id()), linked(v, s), Action.today());
    }

    /** How many alerts stand on the orders this person manages: for their front page. */
    public int forManager(Viewer v) {
        int n = 0;
        for (ManagedOrder s : store.managedBy(v.organisation().id(), v.user())) {
            n += of(v, s).size();
        }
        return n;
    }
}

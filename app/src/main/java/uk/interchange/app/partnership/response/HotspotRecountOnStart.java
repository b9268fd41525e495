package uk.interchange.app.partnership.response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On start, counts again the hotspots listed as due: after the upgrade to V28 every hotspot once, since an import
 * killed after its commit used to leave its crimes out of the counts for good.
 */
@Component
@Order(0)
class HotspotRecountOnStart implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(HotspotRecountOnStart.class);
    private final HotspotStore hotspots;

    HotspotRecountOnStart(HotspotStore hotspots) {
        this.hotspots = hotspots;
    }

    @Override
    public void run(ApplicationArguments args) {
        int counted = hotspots.recountDue();
        if (counted > 0) {
            log.info("Counted the monthly crime of {} hotspots again from the crimes stored", counted);
        }
        hotspots.recountSoon(); // any left (an import already running) are counted once it ends
    }
}

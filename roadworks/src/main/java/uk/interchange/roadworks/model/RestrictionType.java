package uk.interchange.roadworks.model;

import java.util.Locale;

/** What a restriction does to the road. */
public enum RestrictionType {
    CARRIAGEWAY_CLOSURE,
    LANE_CLOSURE,
    SLIP_ROAD_CLOSURE,
    LINK_ROAD_CLOSURE,
    HARD_SHOULDER_CLOSURE,
    NARROW_LANES,
    CONTRAFLOW,
    SPEED_LIMIT,
    TRAFFIC_SIGNALS,
    STOP_GO_BOARDS,
    CONVOY_WORKING,
    TUNNEL_CLOSURE,
    OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static RestrictionType fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** A full closure: traffic cannot use that piece of road at all, so nothing may be diverted over it. */
    public boolean isFullClosure() {
        return switch (this) {
            case CARRIAGEWAY_CLOSURE, SLIP_ROAD_CLOSURE, LINK_ROAD_CLOSURE, TUNNEL_CLOSURE -> true;
            default -> false;
        };
    }
}

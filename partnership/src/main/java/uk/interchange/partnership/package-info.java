/**
 * The partnership domain: organisations, graded intelligence, sharing rules, matching and supplier screening. Empty
 * until the partnership issues are taken; it lives here so the build already has its final shape.
 */
package uk.interchange.partnership;

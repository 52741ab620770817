package org.claimcheck.claim.load;

import java.util.List;
import org.claimcheck.claim.Claim;

/**
 * What one claim file holds: its claims, and its drafts (stubs with no reading yet).
 *
 * @param claims the claims that were read whole, in file order
 * @param drafts the drafts whose id and quote were read, in file order
 */
public record ClaimFile(List<Claim> claims, List<Draft> drafts) {

    public ClaimFile {
        claims = List.copyOf(claims);
        drafts = List.copyOf(drafts);
    }
}

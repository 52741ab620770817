package org.claimcheck.audit;

/** Claim files shared by the audit tests. */
final class ArticleFixtures {

    /** One claim that follows from the fixture library. */
    static final String ONE_CLAIM = """
            claims:
              - id: size-100b
                quote: "a 100B-parameter model"
                section: "Demo Model Review"
                asserts:
                  figure: 100B parameters
                interpretations:
                  - id: total
                    reading: "total parameters"
                    stated: true
                    fact: demo.total-params
            """;

    private ArticleFixtures() {
    }
}

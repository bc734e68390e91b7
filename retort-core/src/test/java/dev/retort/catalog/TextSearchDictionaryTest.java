package dev.retort.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Dictionary options as PostgreSQL stores them, split at the commas outside quoted values. */
class TextSearchDictionaryTest {
    @Test
    void optionsSplitOutsideQuotesOnly() {
        assertThat(TextSearchDictionary.options("stopwords = 'a, b', accept = 'it''s', n = 1"))
                .containsExactly("stopwords = 'a, b'", "accept = 'it''s'", "n = 1");
        assertThat(TextSearchDictionary.options(null)).isEmpty();
        assertThat(TextSearchDictionary.optionName("StopWords = 'x'")).isEqualTo("stopwords");
    }
}

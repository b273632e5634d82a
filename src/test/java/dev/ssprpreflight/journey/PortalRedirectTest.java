package dev.ssprpreflight.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.ssprpreflight.web.UiLanguage;

class PortalRedirectTest {

    private static final URI PORTAL = URI.create("https://passwordreset.microsoftonline.com/");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "anna@contoso.com           | ENGLISH | https://passwordreset.microsoftonline.com/?username=anna%40contoso.com&mkt=en-us",
            "first+tag@contoso.com      | SWEDISH | https://passwordreset.microsoftonline.com/?username=first%2Btag%40contoso.com&mkt=sv-se",
            "a_b#EXT#@contoso.com       | ENGLISH | https://passwordreset.microsoftonline.com/?username=a_b%23EXT%23%40contoso.com&mkt=en-us",
            "o'brien@contoso.com        | ENGLISH | https://passwordreset.microsoftonline.com/?username=o%27brien%40contoso.com&mkt=en-us",
            "björn@contoso.se           | SWEDISH | https://passwordreset.microsoftonline.com/?username=bj%C3%B6rn%40contoso.se&mkt=sv-se",
            "$admin@contoso.com         | ENGLISH | https://passwordreset.microsoftonline.com/?username=%24admin%40contoso.com&mkt=en-us",
    })
    void encodesTheUsernameAndAddsTheLanguage(String upn, UiLanguage language, String expected) {
        assertThat(PortalRedirect.to(PORTAL, upn, language)).hasToString(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://passwordreset.microsoftonline.com/?whr=contoso.com | https://passwordreset.microsoftonline.com/?whr=contoso.com&username=anna%40contoso.com&mkt=en-us",
            "https://passwordreset.microsoftonline.com/#top             | https://passwordreset.microsoftonline.com/?username=anna%40contoso.com&mkt=en-us",
    })
    void keepsTheConfiguredQueryAndDropsFragments(String portal, String expected) {
        assertThat(PortalRedirect.to(URI.create(portal), "anna@contoso.com", UiLanguage.ENGLISH))
                .hasToString(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "anna@evil.example/../x?y=1#z" })
    void neverLeavesTheConfiguredHost(String hostile) {
        URI target = PortalRedirect.to(PORTAL, hostile, UiLanguage.ENGLISH);
        assertThat(target.getHost()).isEqualTo("passwordreset.microsoftonline.com");
        assertThat(target.getPath()).isEqualTo("/");
        assertThat(target.getFragment()).isNull();
    }
}

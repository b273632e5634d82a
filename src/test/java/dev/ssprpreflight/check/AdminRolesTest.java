package dev.ssprpreflight.check;

import static dev.ssprpreflight.check.Facts.GLOBAL_ADMINISTRATOR;
import static dev.ssprpreflight.check.Facts.GLOBAL_READER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdminRolesTest {

    @Test
    void listsTheTwentySevenTwoGateRoles() {
        assertThat(AdminRoles.TWO_GATE).hasSize(27);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            Application Administrator,                          9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3
            Authentication Administrator,                       c4e39bd9-1100-46d3-8c65-fb160da0071f
            Billing Administrator,                              b0f54661-2d74-4c50-afa3-1ec803f12efe
            Compliance Administrator,                           17315797-102d-40b4-93e0-432062caca18
            Cloud Device Administrator,                         7698a772-787b-4ac8-901f-60d6b08affd2
            Directory Synchronization Accounts,                 d29b2b05-8046-44ba-8758-1e26182fcf32
            Directory Writers,                                  9360feb5-f418-4baa-8175-e2a00bac4301
            Dynamics 365 Administrator,                         44367163-eba1-44c3-98af-f5787879f96a
            Exchange Administrator,                             29232cdf-9323-42fd-ade2-1d097af3e4de
            Global Administrator,                               62e90394-69f5-4237-9190-012177145e10
            Helpdesk Administrator,                             729827e3-9c14-49f7-bb1b-9608f156bbb8
            Intune Administrator,                               3a2c62db-5318-420d-8d74-23affee5d9d5
            Microsoft Entra Joined Device Local Administrator,  9f06204d-73c1-4d4c-880a-6edb90606fd8
            Partner Tier1 Support,                              4ba39ca4-527c-499a-b93d-d9b492c50246
            Partner Tier2 Support,                              e00e864a-17c5-4a4b-9c06-f5b95a8d5bd8
            Password Administrator,                             966707d0-3269-4727-9be2-8c3a10f19b9d
            Power Platform Administrator,                       11648597-926c-4cf3-9c36-bcebb0ba8dcc
            Privileged Authentication Administrator,            7be44c8a-adaf-4e2a-84d6-ab2649e08a13
            Privileged Role Administrator,                      e8611ab8-c189-46e8-94e1-60213ab1f814
            Security Administrator,                             194ae4cb-b126-40b2-bd5b-6091b380977d
            Service Support Administrator,                      f023fd81-a637-4b56-95fd-791ac0226033
            SharePoint Administrator,                           f28a1f50-f6e7-4571-818b-6a12f2af6b6c
            Skype for Business Administrator,                   75941009-915a-4869-abe7-691bff18279e
            Teams Administrator,                                69091246-20e8-4a56-aa4d-066075b2a7a8
            Teams Communications Administrator,                 baf37b3a-610e-45da-9e62-d9d1e5e8914b
            Teams Devices Administrator,                        3d762c5a-1b6c-493f-843e-55a3b42923d4
            User Administrator,                                 fe930be7-5e62-47db-91af-98c3a49a38b1
            """)
    void knowsEachTwoGateRoleByItsTemplateId(String name, String roleTemplateId) {
        assertThat(AdminRoles.TWO_GATE).containsEntry(roleTemplateId, name);
        assertThat(AdminRoles.anyTwoGate(List.of(roleTemplateId))).isTrue();
    }

    @Test
    void matchesTemplateIdsInAnyCase() {
        assertThat(AdminRoles.anyTwoGate(List.of(GLOBAL_ADMINISTRATOR.toUpperCase(Locale.ROOT)))).isTrue();
    }

    @Test
    void findsTheAdminRoleAmongOtherRoles() {
        assertThat(AdminRoles.anyTwoGate(List.of(GLOBAL_READER, GLOBAL_ADMINISTRATOR))).isTrue();
    }

    @Test
    void doesNotCountRolesOffTheList() {
        assertThat(AdminRoles.anyTwoGate(List.of(GLOBAL_READER))).isFalse();
        assertThat(AdminRoles.anyTwoGate(List.of())).isFalse();
    }
}

package dev.ssprpreflight.directory.graph;

import com.microsoft.graph.groups.item.transitivemembers.graphuser.GraphUserRequestBuilder;
import com.microsoft.graph.models.UserCollectionResponse;
import com.microsoft.kiota.RequestAdapter;

/**
 * The users among a group's transitive members: {@code /groups/{id}/transitiveMembers/microsoft.graph.user}.
 * The OData cast is an advanced query (Graph docs, group-list-transitivemembers and aad-advanced-queries:
 * "Use of OData cast with transitive members list"), so every request, each next page and the count
 * included, carries {@code ConsistencyLevel: eventual}, and the list {@code $count=true}. The index behind
 * advanced queries may lag recent membership changes by a little.
 */
final class GroupMembers {

    static final String CONSISTENCY_LEVEL = "ConsistencyLevel";
    static final String EVENTUAL = "eventual";

    private GroupMembers() {
    }

    /** The first page's URL, with the largest page Graph allows. */
    static String firstPage(String baseUrl, String groupId, String select) {
        return path(baseUrl, groupId) + "?$select=" + select + "&$top=" + GraphTenantListing.PAGE_SIZE + "&$count=true";
    }

    /** The number of users among the transitive members, as {@code text/plain}. */
    static String count(String baseUrl, String groupId) {
        return path(baseUrl, groupId) + "/$count";
    }

    /** One page, first or next: a next link keeps the query, the header must be sent again. */
    static UserCollectionResponse get(String url, RequestAdapter adapter) {
        return new GraphUserRequestBuilder(url, adapter).get(config -> config.headers.add(CONSISTENCY_LEVEL, EVENTUAL));
    }

    private static String path(String baseUrl, String groupId) {
        return baseUrl + "/groups/" + UserAddress.segment(groupId) + "/transitiveMembers/microsoft.graph.user";
    }
}

package dev.ssprpreflight.directory.graph;

import java.util.OptionalLong;

import com.microsoft.graph.groups.item.transitivemembers.graphuser.GraphUserRequestBuilder;
import com.microsoft.graph.models.UserCollectionResponse;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.RequestHeaders;

import dev.ssprpreflight.scan.TenantListing.ListingFailure;

/**
 * The users among a group's transitive members: {@code /groups/{id}/transitiveMembers/microsoft.graph.user}, through
 * the SDK's request builders. The OData cast is an advanced query (Graph docs, group-list-transitivemembers and
 * aad-advanced-queries: "Use of OData cast with transitive members list"), so every request, each next page and the
 * count included, carries {@code ConsistencyLevel: eventual}, and the list {@code $count=true}. The index behind
 * advanced queries may lag recent membership changes by a little.
 */
final class GroupMembers {

    static final String CONSISTENCY_LEVEL = "ConsistencyLevel";
    static final String EVENTUAL = "eventual";

    private final GraphServiceClient client;
    private final GraphPager pager;

    GroupMembers(GraphServiceClient client, GraphPager pager) {
        this.client = client;
        this.pager = pager;
    }

    /**
     * Hands every page of the group's users to {@code each}, the largest page Graph allows, with the properties
     * asked for; a next link keeps the query, the header is sent again.
     */
    void forEachPage(GraphCall call, String groupId, String[] select,
            GraphPager.PageConsumer<UserCollectionResponse> each) throws ListingFailure, InterruptedException {
        GraphUserRequestBuilder users = users(groupId);
        pager.pages(call, () -> users.get(config -> {
            config.queryParameters.select = select;
            config.queryParameters.top = GraphTenantListing.PAGE_SIZE;
            config.queryParameters.count = true;
            eventual(config.headers);
        }), nextLink -> users.withUrl(nextLink).get(config -> eventual(config.headers)),
                UserCollectionResponse::getOdataNextLink, each);
    }

    /** The number of users among the group's transitive members; one try, as the pager's failure on error. */
    OptionalLong count(String groupId) {
        Integer count = users(groupId).count().get(config -> eventual(config.headers));
        return count == null || count < 0 ? OptionalLong.empty() : OptionalLong.of(count);
    }

    /** Counting and casting are advanced queries in every form: without the header Graph refuses them. */
    static void eventual(RequestHeaders headers) {
        headers.add(CONSISTENCY_LEVEL, EVENTUAL);
    }

    private GraphUserRequestBuilder users(String groupId) {
        return client.groups().byGroupId(groupId).transitiveMembers().graphUser();
    }
}

package cn.lifeinfo.compliance.identity;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Tests that are not about authorization act as {@code test-client} holding every role, unless the request names
 * its own caller (an Authorization header). Authorization tests opt out with
 * {@code given().noFiltersOfType(DefaultCaller.class)}. Installed before each @QuarkusTest method
 * (META-INF/services), because RestAssured's filters are static.
 */
public class DefaultCaller implements Filter, QuarkusTestBeforeEachCallback {

    private static final String TOKEN = Tokens.user("test-client").getValue();

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                           FilterContext ctx) {
        if (!request.getHeaders().hasHeaderWithName("Authorization")) {
            request.header("Authorization", TOKEN);
        }
        return ctx.next(request, response);
    }

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (RestAssured.filters().stream().noneMatch(f -> f instanceof DefaultCaller)) {
            RestAssured.filters(new DefaultCaller());
        }
    }
}

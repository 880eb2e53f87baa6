package org.convene.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's self-description at {@code /v3/api-docs}: bearer tokens for everything, Basic to get one. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI conveneApi() {
        return new OpenAPI()
                .info(new Info().title("Convene API").version("1")
                        .description("Communities, clinics and benchmarking. Authenticate with "
                                + "`Authorization: Bearer <token>`; create a token with `POST /api/tokens` "
                                + "and HTTP Basic (email and password), or on your account page. "
                                + "Errors are `application/problem+json` (RFC 9457)."))
                .components(new Components()
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"))
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}

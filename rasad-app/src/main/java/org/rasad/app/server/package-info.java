/**
 * The REST API and web UI of {@code rasad serve}.
 *
 * <p>Entry point: {@link org.rasad.app.server.RasadServer#start(ServerConfig, EventService)} returns a
 * {@link org.rasad.app.server.ServerHandle} (port, url, token, close). Over a real database use
 * {@link org.rasad.app.server.StoreEventService}; {@link org.rasad.app.server.InMemoryEventService} serves
 * tests and demos. Handlers ({@code ApiHandlers}) parse and validate, call the service and write JSON built as
 * explicit trees ({@link org.rasad.app.server.JsonCodec}); every error is an
 * {@link org.rasad.app.server.ApiException} turned into {@code {"error": {status, code, message}}} in one place.
 * The web assets live in {@code /org/rasad/app/web/} and are served from memory with a strict
 * Content-Security-Policy; the UI builds its DOM with text nodes only.
 */
package org.rasad.app.server;

package org.rasad.core;

/** Where an event happened: the place name as written and the ISO3 code of its state. */
public record Location(String name, String code) {
}

package dev.readinglist.model;

/**
 * This installation, as sync sees it: a random id that names its folder in the sync folder, and a
 * name people recognise ("kept from laptop"). Kept in the config folder, never in a library file.
 */
public record Device(String id, String name) {

    public Device {
        if (id == null || !id.matches("[0-9a-z][0-9a-z-]{0,63}")) {
            throw new IllegalArgumentException("a device id is lower-case letters, digits and '-': '" + id + "'");
        }
        name = name == null || name.isBlank() ? id : name.strip();
    }
}

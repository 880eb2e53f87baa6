package org.convene.web;

/**
 * Something does not exist, or the caller may not know it exists: both answer 404 so that
 * nobody learns of a community they do not belong to.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}

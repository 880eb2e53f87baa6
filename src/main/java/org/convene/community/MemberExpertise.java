package org.convene.community;

/** One expertise tag of a member, kept lower-case so that searches match however it was typed. */
record MemberExpertise(String tag) {

    MemberExpertise {
        tag = normalize(tag);
    }

    static String normalize(String tag) {
        return tag.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
    }
}

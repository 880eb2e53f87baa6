package org.convene.bench;

/** Holds the driver's event streams open and feeds what they receive to their parsers. */
interface StreamClient extends AutoCloseable {

    void add(int index, String path, String authorization, SseEventParser.Recorder recorder);

    /** Opens the streams added so far, a bounded number of connection attempts at a time. */
    void start();

    /** Streams whose response head said 200 and that have not ended. */
    int openStreams();

    /** Streams that are open, or that failed: no longer waiting for a response. */
    int settledStreams();

    @Override
    void close();
}

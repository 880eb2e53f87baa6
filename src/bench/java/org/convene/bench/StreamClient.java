package org.convene.bench;

/** Holds the driver's event streams open and feeds what they receive to their parsers. */
interface StreamClient extends AutoCloseable {

    /**
     * A stream to open on {@code path}, sending {@code headers} (whole lines, {@code "Name: value"}, e.g. an
     * {@code Authorization} or a {@code Cookie}) besides what an {@code EventSource} always sends.
     */
    void add(int index, String path, java.util.List<String> headers, SseEventParser.Listener listener);

    /** Opens the streams added so far, a bounded number of connection attempts at a time. */
    void start();

    /** Streams whose response head said 200 and that have not ended. */
    int openStreams();

    /** Streams that are open, or that failed: no longer waiting for a response. */
    int settledStreams();

    @Override
    void close();
}

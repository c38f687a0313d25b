package io.exwire.testkit.mexc;

import io.exwire.api.model.MarketType;

import java.util.concurrent.CountDownLatch;

/**
 * Runs a spot and a futures MEXC simulator until the process is stopped, streaming market data, and prints their
 * URIs and a demo account's credentials.
 *
 * <p>Arguments: {@code [eventsPerSecond] [seed]} (defaults 200 and 42).
 */
public final class MexcSimulatorMain {

    private MexcSimulatorMain() {
    }

    /**
     * @param args {@code [eventsPerSecond] [seed]}
     * @throws InterruptedException when interrupted while running
     */
    public static void main(String[] args) throws InterruptedException {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42L;
        MexcSimulator spot = new MexcSimulator(MarketType.SPOT, seed).start();
        MexcSimulator futures = new MexcSimulator(MarketType.FUTURES, seed).start();
        spot.addAccount("demo-key", "demo-secret", "1001");
        futures.addAccount("demo-key", "demo-secret", "1001");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            spot.close();
            futures.close();
            stopped.countDown();
        }));
        System.out.println("MEXC spot    websocket " + spot.websocketUri() + "  rest " + spot.restUri());
        System.out.println("MEXC futures websocket " + futures.websocketUri() + "  rest " + futures.restUri());
        System.out.println("account: apiKey=demo-key secret=demo-secret; symbols " + spot.listedSymbols());
        spot.stream(rate);
        futures.stream(rate);
        stopped.await();
    }
}

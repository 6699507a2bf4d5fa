package demo;

import rtgo.hal.Gpio;

/** Toggles the Pico's on-board LED (GP25) ten times, every 250 ms, printing a line per toggle. */
public final class Blinky {
    public static void main(String[] args) {
        Blinker led = new Blinker(Gpio.LED, 250);
        for (int i = 1; i <= 10; i++) {
            System.out.println("toggle " + i + ": LED " + (led.step() ? "on" : "off"));
        }
    }
}

/**
 * The demo of PIU Targeting, started by {@code ./piu run}: the production application plus generated sample data
 * loaded on the first start ({@code SampleDataLoader}). Everything that exists only to
 * demonstrate the system (sample data, later a month of history and a traffic simulator) lives in this module, which
 * depends on {@code rule-workbench} and {@code sample-data}; nothing depends on it, and the application jar contains
 * none of it.
 */
package org.piu.targeting.demo;

/**
 * How dates, times and missing values are written, once for the screens and the documents alike,
 * always in the region's zone ({@link nl.brabant.regiotafel.base.ClockConfiguration#ZONE}).
 */
package nl.brabant.regiotafel.base.format;

/** The bare page that gives the load benchmark the framework's memory floor per session. */
package nl.brabant.regiotafel.loadtest.ui;

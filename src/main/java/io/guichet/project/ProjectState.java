package io.guichet.project;

/** A closed project stays readable but accepts no change. */
public enum ProjectState {

	OPEN, CLOSED

}

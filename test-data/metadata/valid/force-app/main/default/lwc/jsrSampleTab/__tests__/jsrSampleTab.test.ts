// Never deployed: .forceignore excludes __tests__.
export {};
